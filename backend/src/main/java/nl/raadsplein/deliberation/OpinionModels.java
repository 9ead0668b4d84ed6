package nl.raadsplein.deliberation;

import nl.raadsplein.deliberation.opinion.OpinionModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Opinion models as the JSON text they are stored as. */
@Component
class OpinionModels {

    private static final Logger LOG = LoggerFactory.getLogger(OpinionModels.class);

    private final JsonMapper json = JsonMapper.builder().build();

    String write(OpinionModel model) {
        return json.writeValueAsString(model);
    }

    /**
     * The stored model, or null when there is none or it no longer reads (a model stored by an older version):
     * the next run then starts afresh rather than failing for ever.
     */
    @Nullable
    OpinionModel read(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return json.readValue(text, OpinionModel.class);
        } catch (JacksonException e) {
            LOG.warn("Stored opinion model does not read, starting afresh: {}", e.getOriginalMessage());
            return null;
        }
    }
}
