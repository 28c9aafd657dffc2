/**
 * The SDK-neutral engine of the fake: state, validation, quotas, ids, events, journal and faults.
 *
 * <p>Internal: no compatibility promise. Nothing here imports an AWS SDK; front doors (the v1 fake
 * today) translate their SDK's types into {@link dev.ivschat.testkit.internal.engine.Inputs} and
 * call {@link dev.ivschat.testkit.internal.engine.Engine#execute}.
 */
package dev.ivschat.testkit.internal.engine;
