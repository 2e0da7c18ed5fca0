// expect bytecode: CONF-CLS-006 java.lang.Class#getClassLoader
// expect source: CONF-CLS-006 java.lang.Class#getClassLoader
package hostile.context_object_class_loader;

import dev.pincer.spi.*;

public final class Escape implements Channel {
    private ChannelContext context;

    @Override
    public void start(ChannelContext context) {
        this.context = context;
        Object loader = context.getClass().getClassLoader();
        context.log().info(String.valueOf(loader));
    }

    @Override
    public ReceiveResult receive() {
        return ReceiveResult.idle();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        return new SendResult.Failed("not supported by " + context.name());
    }

    @Override
    public void stop() {
    }
}
