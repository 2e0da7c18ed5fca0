package dev.pincer.conformance.fake.telegram.fidelity;

/**
 * Update bodies shaped like the Bot API documents them (without {@code update_id}, which the fake assigns).
 *
 * <p>Dates are Unix seconds of the fidelity test's fixed clock; ids are made up but of the real kinds: a private
 * chat equals its user's id, a channel id starts with -100.
 */
final class UpdateFixtures {
    static final long USER_ID = 42;
    static final long CHANNEL_ID = -1001234567890L;
    static final long DATE = 1_768_471_200L; // 2026-01-15T10:00:00Z
    static final String CALLBACK_ID = "4382bfdwdsb323b2d9";
    static final String CHAT_INSTANCE = "-7021337834023944721";

    private static final String USER = """
            {"id":42,"is_bot":false,"first_name":"Tess","last_name":"Tester","username":"tester42",\
            "language_code":"en"}""";
    private static final String PRIVATE_CHAT = """
            {"id":42,"first_name":"Tess","last_name":"Tester","username":"tester42","type":"private"}""";
    private static final String CHANNEL = """
            {"id":-1001234567890,"title":"Pincer news","username":"pincer_news","type":"channel"}""";

    private UpdateFixtures() {}

    /** {@code edited_message}: message 5 of the private chat, edited a minute after it was sent. */
    static String editedMessage() {
        return """
                {"edited_message":{"message_id":5,"from":%s,"chat":%s,"date":%d,"edit_date":%d,\
                "text":"fixed the typo"}}""".formatted(USER, PRIVATE_CHAT, DATE, DATE + 60);
    }

    /** {@code message} with a photo in two sizes and a caption. */
    static String photoMessage() {
        return """
                {"message":{"message_id":6,"from":%s,"chat":%s,"date":%d,"photo":[\
                {"file_id":"AgACAgQAAxkBAAIBsmall","file_unique_id":"AQADsmall","file_size":1342,"width":90,\
                "height":67},\
                {"file_id":"AgACAgQAAxkBAAIBlarge","file_unique_id":"AQADlarge","file_size":83211,"width":1280,\
                "height":960}],"caption":"the cat"}}""".formatted(USER, PRIVATE_CHAT, DATE);
    }

    /** {@code channel_post}: a post in a public channel, signed by the channel itself. */
    static String channelPost() {
        return """
                {"channel_post":{"message_id":7,"sender_chat":%s,"chat":%s,"date":%d,"text":"release 1.0"}}"""
                .formatted(CHANNEL, CHANNEL, DATE);
    }

    /** {@code callback_query}: the user pressed a button of the bot's message 8. */
    static String callbackQuery(long botId) {
        String bot = """
                {"id":%d,"is_bot":true,"first_name":"Pincer Test","username":"pincer_test_bot"}""".formatted(botId);
        return """
                {"callback_query":{"id":"%s","from":%s,"message":{"message_id":8,"from":%s,"chat":%s,"date":%d,\
                "text":"Pick one"},"chat_instance":"%s","data":"choice:2"}}"""
                .formatted(CALLBACK_ID, USER, bot, PRIVATE_CHAT, DATE, CHAT_INSTANCE);
    }
}
