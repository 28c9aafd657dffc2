/**
 * The contract suite: one abstract suite of the IVS Chat control plane that runs against every
 * way of reaching the fake, so that the front doors cannot drift apart.
 *
 * <h2>How it is put together</h2>
 *
 * <ul>
 *   <li>A {@link dev.ivschat.testkit.contract.ContractTarget} is one way in: the SDK v1 fake sync
 *       or async, the SDK v2 fake sync or async, the engine itself
 *       ({@link dev.ivschat.testkit.contract.EngineTarget}) and, next, the local HTTP server
 *       through a real SDK client. It speaks the wire vocabulary of the service model: an
 *       operation name and its input members as JSON-like values in, the output members (or the
 *       neutral {@link dev.ivschat.testkit.ServiceError} with the request id, the exception class
 *       and the HTTP status where visible) out. Front-door targets translate generically, driven
 *       by the model (v1 beans by {@code setXxx}/{@code getXxx}) or by the SDK's own metadata
 *       (v2 {@code SdkField}s), with no code per operation. A wire target is the same shape:
 *       JSON in, JSON out.</li>
 *   <li>Each part of the contract is an interface of default test methods over
 *       {@link dev.ivschat.testkit.contract.Contract} (validation from the model, the special
 *       validation rules, the error catalogue per operation, rooms, logging configurations,
 *       pagination, tags, chat tokens, events). {@link dev.ivschat.testkit.contract.ContractSuite}
 *       implements them all; a target module has one tiny subclass per target, naming the target
 *       factory. Every test opens a fresh IVS Chat.</li>
 *   <li>Every call a test makes goes through {@link dev.ivschat.testkit.contract.Service}, which
 *       checks beyond what the test asserts: the input reached the engine as the neutral request
 *       it stands for (read back from the journal, so a front door that drops or bends a member
 *       fails whichever test sent it), the reply's request id is the journaled one, and the reply
 *       is as the model says ({@link dev.ivschat.testkit.contract.ReplyCheck}: output members,
 *       types, enums, lengths and patterns; success status; error codes listed for the
 *       operation, with their status, fault side, required members and exception class).</li>
 *   <li>The model ({@code ivschat-2020-07-14.shapes.json}, read by a small JSON reader so that no
 *       SDK or JSON library is needed) is on core's test classpath; the model-driven cases and
 *       the checks are made from it.</li>
 * </ul>
 *
 * <h2>Why this shape</h2>
 *
 * <ul>
 *   <li>Wire members rather than SDK objects: the cases are generated from the model without any
 *       SDK, the same case runs on every target, and a wire target needs no translation layer
 *       in the suite.</li>
 *   <li>Interfaces of default methods rather than one abstract class per part: a target module
 *       needs one class per target (not one per part and target), and each part stays a small
 *       file. JUnit runs interface default {@code @Test} and {@code @TestFactory} methods.</li>
 *   <li>Checks in {@code Service} rather than in each test: the invariants (unchanged input,
 *       modelled reply, matching request id) hold for every call, so each of the suite's
 *       hundreds of calls audits the target; the tests state the behaviour.</li>
 *   <li>The engine as a target: core's own build runs the whole suite, so a change to the engine
 *       that breaks the contract fails in core, before any front door.</li>
 * </ul>
 *
 * <h2>What a target may decline</h2>
 *
 * <p>A client may refuse an input (the SDK v2 client refuses a null or empty URI label and a null
 * map key with its own {@code SdkClientException}; a target says so with
 * {@link dev.ivschat.testkit.contract.ContractTarget#refusedByClient}) or change it on the way
 * (the SDK v2 client drops null map values and null or empty query-string lists). The
 * model-driven validation cases detect both, from the exception and from the journal, and are
 * skipped for that target with the reason; everywhere else either fails the test. A wire target
 * through a real SDK client must turn retries off (the suite scripts 429 and 500 faults and
 * expects to see them).
 *
 * <h2>Adding a target</h2>
 *
 * <pre>{@code
 * class V1AsyncContractTest extends ContractSuite {
 *   V1AsyncContractTest() {
 *     super(V1Target::async);   // ivsChat -> a ContractTarget on it
 *   }
 * }
 * }</pre>
 *
 * <p>Depend on core's test-jar ({@code <type>test-jar</type>}, {@code <scope>test</scope>},
 * version {@code ${project.version}}); it brings no SDK.
 */
package dev.ivschat.testkit.contract;
