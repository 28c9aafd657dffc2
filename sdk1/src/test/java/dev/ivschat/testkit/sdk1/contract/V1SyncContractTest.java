package dev.ivschat.testkit.sdk1.contract;

import dev.ivschat.testkit.contract.ContractSuite;

/** The whole contract through {@code Amazonivschat}, the SDK v1 sync interface. */
class V1SyncContractTest extends ContractSuite {
  V1SyncContractTest() {
    super(V1Target::sync);
  }
}
