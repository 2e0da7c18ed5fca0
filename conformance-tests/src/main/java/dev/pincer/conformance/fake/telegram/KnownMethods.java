package dev.pincer.conformance.fake.telegram;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bot API method names the real server knows (Bot API 9–10), lower-cased.
 *
 * <p>The fake answers the ones it does not implement with 501, so that an integration calling a real method is
 * not told {@code "method not found"}, which only a misspelt method gets.
 */
final class KnownMethods {
    private static final Set<String> ALL = Stream.of(
            "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "getMe", "logOut", "close",
            "sendMessage", "forwardMessage", "forwardMessages", "copyMessage", "copyMessages", "sendPhoto",
            "sendAudio", "sendDocument", "sendVideo", "sendAnimation", "sendVoice", "sendVideoNote", "sendPaidMedia",
            "sendMediaGroup", "sendLocation", "sendVenue", "sendContact", "sendPoll", "sendChecklist", "sendDice",
            "sendMessageDraft", "sendChatAction", "setMessageReaction", "getUserProfilePhotos", "setUserEmojiStatus",
            "getFile", "banChatMember", "unbanChatMember", "restrictChatMember", "promoteChatMember",
            "setChatAdministratorCustomTitle", "banChatSenderChat", "unbanChatSenderChat", "setChatPermissions",
            "exportChatInviteLink", "createChatInviteLink", "editChatInviteLink", "createChatSubscriptionInviteLink",
            "editChatSubscriptionInviteLink", "revokeChatInviteLink", "approveChatJoinRequest",
            "declineChatJoinRequest", "setChatPhoto", "deleteChatPhoto", "setChatTitle", "setChatDescription",
            "pinChatMessage", "unpinChatMessage", "unpinAllChatMessages", "leaveChat", "getChat",
            "getChatAdministrators", "getChatMemberCount", "getChatMember", "setChatStickerSet",
            "deleteChatStickerSet", "getForumTopicIconStickers", "createForumTopic", "editForumTopic",
            "closeForumTopic", "reopenForumTopic", "deleteForumTopic", "unpinAllForumTopicMessages",
            "editGeneralForumTopic", "closeGeneralForumTopic", "reopenGeneralForumTopic", "hideGeneralForumTopic",
            "unhideGeneralForumTopic", "unpinAllGeneralForumTopicMessages", "answerCallbackQuery",
            "getUserChatBoosts", "getBusinessConnection", "setMyCommands", "deleteMyCommands", "getMyCommands",
            "setMyName", "getMyName", "setMyDescription", "getMyDescription", "setMyShortDescription",
            "getMyShortDescription", "setChatMenuButton", "getChatMenuButton", "setMyDefaultAdministratorRights",
            "getMyDefaultAdministratorRights", "editMessageText", "editMessageCaption", "editMessageMedia",
            "editMessageLiveLocation", "stopMessageLiveLocation", "editMessageChecklist", "editMessageReplyMarkup",
            "stopPoll", "deleteMessage", "deleteMessages", "sendSticker", "getStickerSet", "getCustomEmojiStickers",
            "uploadStickerFile", "createNewStickerSet", "addStickerToSet", "setStickerPositionInSet",
            "deleteStickerFromSet", "replaceStickerInSet", "setStickerEmojiList", "setStickerKeywords",
            "setStickerMaskPosition", "setStickerSetTitle", "setStickerSetThumbnail",
            "setCustomEmojiStickerSetThumbnail", "deleteStickerSet", "answerInlineQuery", "answerWebAppQuery",
            "savePreparedInlineMessage", "sendInvoice", "createInvoiceLink", "answerShippingQuery",
            "answerPreCheckoutQuery", "getStarTransactions", "refundStarPayment", "editUserStarSubscription",
            "setPassportDataErrors", "sendGame", "setGameScore", "getGameHighScores", "getAvailableGifts", "sendGift",
            "giftPremiumSubscription", "verifyUser", "verifyChat", "removeUserVerification", "removeChatVerification",
            "readBusinessMessage", "deleteBusinessMessages", "setBusinessAccountName", "setBusinessAccountUsername",
            "setBusinessAccountBio", "setBusinessAccountProfilePhoto", "removeBusinessAccountProfilePhoto",
            "setBusinessAccountGiftSettings", "getBusinessAccountStarBalance", "transferBusinessAccountStars",
            "getBusinessAccountGifts", "convertGiftToStars", "upgradeGift", "transferGift", "postStory", "editStory",
            "deleteStory", "getMyStarBalance", "approveSuggestedPost", "declineSuggestedPost")
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private KnownMethods() {}

    static boolean contains(String lowerCaseMethod) {
        return ALL.contains(lowerCaseMethod);
    }
}
