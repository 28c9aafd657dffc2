package dev.ivschat.testkit.sdk2.contract;

import dev.ivschat.testkit.contract.ContractSuite;

/** The whole contract through {@code IvschatAsyncClient}, the SDK v2 async interface. */
class V2AsyncContractTest extends ContractSuite {
  V2AsyncContractTest() {
    super(V2Target::async);
  }
}
