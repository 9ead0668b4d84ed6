package nl.raadsplein.opendata.oparl;

import java.util.List;

/** One page of an OParl list and the number of objects in all its pages. */
public record OparlItems<T>(List<T> data, OparlPage page, long total) {

    public OparlItems {
        data = List.copyOf(data);
    }
}
