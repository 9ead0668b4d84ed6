package nl.raadsplein.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A server-rendered chart and the captioned data table that goes beside it, so that what the picture shows can also
 * be read, copied and reached by a screen reader row by row.
 */
public final class Charts {

    private Charts() {}

    /**
     * SVG markup as the browser's own parser reads it (the HTML component would re-serialise it as HTML, which loses
     * SVG's self-closing elements and attribute case); every text in it must have been escaped with {@link Svg}.
     */
    public static Div chart(String svg) {
        Div chart = new Div();
        chart.addClassName("chart");
        chart.getElement().setProperty("innerHTML", svg);
        return chart;
    }

    /** A table with its caption and a head of column headers. */
    public static NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        table.getElement().appendChild(new Element("caption").setText(caption));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        table.add(head);
        return table;
    }

    public static NativeTableBody body(NativeTable table) {
        NativeTableBody body = new NativeTableBody();
        table.add(body);
        return body;
    }

    /** A row whose first cell heads it. */
    public static NativeTableRow row(String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                NativeTableHeaderCell header = new NativeTableHeaderCell(cells[i]);
                header.getElement().setAttribute("scope", "row");
                row.add(header);
            } else {
                row.add(new NativeTableCell(cells[i]));
            }
        }
        return row;
    }
}
