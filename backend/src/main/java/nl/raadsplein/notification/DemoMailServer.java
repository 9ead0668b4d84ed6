package nl.raadsplein.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo, an SMTP server on loopback that keeps every mail instead of delivering it, so that a demo needs
 * no mail account and no mail leaves the machine.
 */
@Component
@Profile("demo")
class DemoMailServer implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail greenMail;
    private final int port;

    DemoMailServer(MailProperties mail) {
        int port = mail.getPort() == null ? 3025 : mail.getPort();
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void afterPropertiesSet() {
        greenMail.start();
        LOG.info("Demo mailbox: SMTP on 127.0.0.1:{} keeps all mail", port);
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }

    GreenMail greenMail() {
        return greenMail;
    }
}
