/**
 * Translation between the AWS SDK for Java v1 model classes and the engine. Internal: no
 * compatibility promise.
 */
package dev.ivschat.testkit.sdk1.internal;
