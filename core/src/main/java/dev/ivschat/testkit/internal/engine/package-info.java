/**
 * The SDK-neutral engine of the fake: state, validation, quotas, ids, events, journal and faults.
 *
 * <p>Internal: no compatibility promise. Nothing here imports an AWS SDK; front doors translate
 * their SDK's requests into {@link dev.ivschat.testkit.IvsChatRequest} records and call
 * {@link dev.ivschat.testkit.IvsChat#call}, which runs {@link
 * dev.ivschat.testkit.internal.engine.Engine#call} and its one {@code Dispatch} table.
 */
package dev.ivschat.testkit.internal.engine;
