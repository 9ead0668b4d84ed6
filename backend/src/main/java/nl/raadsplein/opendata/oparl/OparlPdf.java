package nl.raadsplein.opendata.oparl;

/** A File's content: the PDF and the name it is saved under. */
public record OparlPdf(String fileName, byte[] content) {}
