package dev.pincer.conformance.fake.openai;

/** A request OpenAI refuses with 400; carries the body the fake answers. Internal control flow of the validators. */
final class InvalidRequest extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Answer.Status answer;

    InvalidRequest(String message, String param, String code) {
        super(message, null, false, false);
        this.answer = Answers.error(400, ErrorBody.invalidRequest(message, param, code));
    }

    Answer.Status answer() {
        return answer;
    }

    static InvalidRequest missing(String param) {
        return new InvalidRequest("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
    }

    static InvalidRequest type(String param, String expected, String got) {
        return new InvalidRequest("Invalid type for '" + param + "': expected " + expected + ", but got " + got
                + " instead.", param, "invalid_type");
    }

    static InvalidRequest emptyArray(String param) {
        return new InvalidRequest("Invalid '" + param + "': empty array. Expected an array with minimum length 1, but got"
                + " an empty array instead.", param, "empty_array");
    }
}
