/**
 * jqwik support for IVS Chat: generators of valid and just-invalid service input that agree with
 * the fake's validation, constraint annotations, domain contexts, and fakes seeded from the
 * property's random source.
 *
 * <p>Start at {@link dev.ivschat.testkit.jqwik.IvsChatArbitraries}, which needs no AWS SDK and
 * generates core's {@code IvsChatRequest} records;
 * {@link dev.ivschat.testkit.jqwik.IvsChatV1Arbitraries} and
 * {@link dev.ivschat.testkit.jqwik.IvsChatV2Arbitraries} give the same requests as SDK v1 and
 * SDK v2 objects. Only the classes named {@code ...V1...} need {@code ivschat-testkit-sdk1} (and
 * the v1 SDK), only those named {@code ...V2...} need {@code ivschat-testkit-sdk2}; everything
 * else works on a classpath with neither.
 */
package dev.ivschat.testkit.jqwik;
