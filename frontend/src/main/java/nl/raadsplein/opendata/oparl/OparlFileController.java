package nl.raadsplein.opendata.oparl;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A public motion's PDF at a stable address that needs no login: the website's own download link belongs to a
 * Vaadin session and cannot be handed to another system.
 */
@RestController
class OparlFileController {

    private final OparlBusinessService oparl;

    OparlFileController(OparlBusinessService oparl) {
        this.oparl = oparl;
    }

    @GetMapping(OparlPaths.FILE + "/{id}" + OparlPaths.FILE_CONTENT)
    ResponseEntity<byte[]> content(@PathVariable long id) {
        return pdf(id, ContentDisposition.inline());
    }

    @GetMapping(OparlPaths.FILE + "/{id}" + OparlPaths.FILE_DOWNLOAD)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return pdf(id, ContentDisposition.attachment());
    }

    private ResponseEntity<byte[]> pdf(long id, ContentDisposition.Builder disposition) {
        OparlPdf pdf = oparl.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }
}
