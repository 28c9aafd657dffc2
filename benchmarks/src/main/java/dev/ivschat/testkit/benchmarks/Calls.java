package dev.ivschat.testkit.benchmarks;

/** The four benchmarked calls, on one SDK's client (a fake or a Mockito stub), requests prepared. */
interface Calls {
  /** The ARN the stubs answer with. */
  String ROOM_ARN = "arn:aws:ivschat:us-east-1:123456789012:room/abcdEFGH1234";

  Object createRoom();

  Object getRoom();

  Object sendEvent();

  Object listRoomsPage();
}
