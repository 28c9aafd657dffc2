/**
 * The server's implementation: HTTP routing, the restJson1 marshalling, SigV4, the chat WebSocket
 * adapter and the control API. No compatibility promise; the Netty and Jackson classes shaded
 * under {@code dev.ivschat.testkit.server.internal.shaded} are not API either.
 */
package dev.ivschat.testkit.server.internal;
