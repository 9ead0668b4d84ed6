package nl.raadsplein.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Links to files the server makes when they are asked for, in the request of the one who clicks. */
public final class Downloads {

    private Downloads() {}

    public static Anchor link(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
