package dev.pincer.conformance.fake.telegram;

/** Resolves {@code chat_id} (an integer, or {@code @username} for channels) as the Bot API server does. */
final class ChatTarget {

    private ChatTarget() {}

    /**
     * The chat the request is for.
     *
     * @throws ApiError 400 {@code chat_id is empty} or {@code chat not found}; the chat's scripted refusal
     */
    static long resolve(Params params, Chats chats) {
        String chatId = params.string("chat_id")
                .orElseThrow(() -> ApiError.badRequest("chat_id is empty"))
                .strip();
        long id;
        if (chatId.startsWith("@") && chatId.length() > 1) {
            id = chats.resolveUsername(chatId.substring(1));
        } else if (chatId.matches("-?[0-9]{1,18}")) {
            id = Long.parseLong(chatId);
            if (id == 0) {
                throw ApiError.badRequest("chat not found");
            }
        } else {
            throw ApiError.badRequest("chat not found");
        }
        chats.refusal(id).ifPresent(refusal -> {
            throw refusal;
        });
        return id;
    }
}
