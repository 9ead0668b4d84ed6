package nl.raadsplein.platform;

import io.github.bucket4j.Bucket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bucket4j buckets by key (a client address, an e-mail address, an account), kept for the most recently used keys
 * only, so that a flood of keys cannot fill the memory. A key that is dropped starts again with a full bucket, which
 * costs at most one bucket's worth of extra attempts.
 */
public final class RecentBuckets {

    private final Supplier<Bucket> newBucket;
    private final Map<String, Bucket> buckets;

    public RecentBuckets(int remembered, Supplier<Bucket> newBucket) {
        this.newBucket = newBucket;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > remembered;
            }
        });
    }

    public Bucket of(String key) {
        return buckets.computeIfAbsent(key, k -> newBucket.get());
    }
}
