/**
 * JUnit Jupiter support: {@link dev.ivschat.testkit.junit5.IvsChatTest} and
 * {@link dev.ivschat.testkit.junit5.IvsChatExtension} give each test a fresh, isolated
 * in-memory IVS Chat and the clients of every installed front door on it, injected as parameters,
 * safe under parallel execution.
 */
package dev.ivschat.testkit.junit5;
