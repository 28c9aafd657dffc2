/**
 * JUnit Jupiter support: {@link dev.ivschat.testkit.junit5.IvsChatTest} and
 * {@link dev.ivschat.testkit.junit5.IvsChatExtension} give each test a fresh, isolated
 * {@code FakeAmazonivschat}, injected as a parameter, safe under parallel execution.
 */
package dev.ivschat.testkit.junit5;
