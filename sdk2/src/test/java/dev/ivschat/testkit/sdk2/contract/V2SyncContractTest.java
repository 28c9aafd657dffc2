package dev.ivschat.testkit.sdk2.contract;

import dev.ivschat.testkit.contract.ContractSuite;

/** The whole contract through {@code IvschatClient}, the SDK v2 sync interface. */
class V2SyncContractTest extends ContractSuite {
  V2SyncContractTest() {
    super(V2Target::sync);
  }
}
