package dev.ivschat.testkit.sdk1.contract;

import dev.ivschat.testkit.contract.ContractSuite;

/** The whole contract through {@code AmazonivschatAsync}, the SDK v1 async interface. */
class V1AsyncContractTest extends ContractSuite {
  V1AsyncContractTest() {
    super(V1Target::async);
  }
}
