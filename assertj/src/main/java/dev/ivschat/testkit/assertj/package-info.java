/**
 * AssertJ assertions on the IVS Chat fake: start from
 * {@link dev.ivschat.testkit.assertj.IvsChatAssertions} (or
 * {@link dev.ivschat.testkit.assertj.IvsChatSoftAssertions} to collect failures).
 */
package dev.ivschat.testkit.assertj;
