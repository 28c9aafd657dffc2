/**
 * jqwik support for IVS Chat: generators of valid and just-invalid service input that agree with
 * the fake's validation, constraint annotations, a domain context, and fakes seeded from the
 * property's random source.
 *
 * <p>Start at {@link dev.ivschat.testkit.jqwik.IvsChatArbitraries}.
 */
package dev.ivschat.testkit.jqwik;
