package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.ServiceError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The IVS Chat HTTP API: authenticates a request, finds its operation and account, reads its
 * members, runs it on the account's engine and writes the answer. Everything refused before the
 * operation runs (a bad signature, an unknown path, a body that is not a JSON object, a member of
 * the wrong type) is answered with the service's error format and changes no state.
 */
public final class ServiceApi {
  private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
  private final ServerSettings settings;
  private final Accounts accounts;

  /**
   * The API over the accounts.
   *
   * @param settings the server's settings
   * @param accounts the accounts
   */
  public ServiceApi(ServerSettings settings, Accounts accounts) {
    this.settings = settings;
    this.accounts = accounts;
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @return the response
   */
  public WireResponse handle(WireRequest request) {
    try {
      SigV4.Credential credential = authenticate(request);
      Routes.Route route = Routes.route(request.method(), request.rawPath());
      IvsChatRequest<?> input = RequestReader.read(route.operation(), members(route, request));
      IvsChat ivsChat = accounts.get(new Accounts.Key(credential.accessKeyId(),
          credential.region()));
      return answer(route.operation(), ivsChat.call(input));
    } catch (RefusedException e) {
      return ErrorResponses.of(e.error(), UUID.randomUUID().toString());
    }
  }

  private SigV4.Credential authenticate(WireRequest request) throws RefusedException {
    SigV4.Result result = settings.credentials() == null
        ? SigV4.identify(request.signed())
        : SigV4.verify(request.signed(), settings.credentials()::get,
            settings.wallClock().instant(), settings.maxClockSkew());
    if (result instanceof SigV4.Rejected rejected) {
      throw new RefusedException(ErrorResponses.plain(rejected.code(), rejected.status(),
          rejected.message()));
    }
    SigV4.Credential credential = ((SigV4.Accepted) result).credential();
    if (!REGION.matcher(credential.region()).matches()) {
      throw new RefusedException(ErrorResponses.plain("InvalidSignatureException", 403,
          "Credential should be scoped to a valid region, not '" + credential.region() + "'."));
    }
    return credential;
  }

  private static Map<String, Object> members(Routes.Route route, WireRequest request)
      throws RefusedException {
    Map<String, Object> members = new LinkedHashMap<>();
    Operation operation = route.operation();
    if ("POST".equals(operation.httpMethod())) {
      members.putAll(body(request.body()));
    }
    if (route.label() != null) {
      members.put("resourceArn", route.label());
    }
    if (operation == Operation.UNTAG_RESOURCE) {
      List<String> tagKeys = Routes.queryValues(request.rawQuery(), "tagKeys");
      members.put("tagKeys", tagKeys.isEmpty() ? null : tagKeys);
    }
    return members;
  }

  private static Map<String, Object> body(byte[] body) throws RefusedException {
    if (body.length == 0) {
      return Map.of();
    }
    Object value;
    try {
      value = Json.parse(body);
    } catch (Json.MalformedException e) {
      throw new RefusedException(ServiceError.validationOther(e.getMessage()));
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new RefusedException(ServiceError.validationOther(
          "The request body must be a JSON object"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) map;
    return object;
  }

  private static WireResponse answer(Operation operation, Outcome<?> outcome) {
    if (outcome.failed()) {
      return ErrorResponses.of(outcome.error(), outcome.requestId());
    }
    Map<String, Object> output = ResponseWriter.output(operation, outcome.value());
    return output == null
        ? WireResponse.empty(operation.successStatus(), outcome.requestId())
        : WireResponse.json(operation.successStatus(), output, outcome.requestId());
  }
}
