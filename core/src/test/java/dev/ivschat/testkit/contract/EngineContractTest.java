package dev.ivschat.testkit.contract;

/** The whole contract against the engine, through the neutral request records. */
class EngineContractTest extends ContractSuite {
  EngineContractTest() {
    super(EngineTarget::new);
  }
}
