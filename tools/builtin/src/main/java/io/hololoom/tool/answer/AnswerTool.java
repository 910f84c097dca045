package io.hololoom.tool.answer;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.memory.ScoredShard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code answer} tool: an extractive answer built from the best 1–3 sentences of the retrieved shards.
 *
 * <p>Shards come from the loom's context when there is one, else from the memory store's top {@code shards}.
 * Each sentence is scored by IDF-weighted coverage of the query's content words ({@link LexicalScorer}); when an
 * {@link Embedder} service exists and matches the query embedding's dimension, the score mixes in the cosine of
 * the sentence embedding ({@code semantic-weight}). Embedding similarity re-ranks and adjusts quality but never
 * makes a sentence relevant on its own: a sentence must share a content word with the query (an unrelated
 * sentence can still be close in embedding space, e.g. through shared function words). A query without content
 * words is refused. The best sentence must reach {@code min-score}; further ones
 * must reach that and 60 % of the best. Output: the sentences joined; sources: their shard ids; quality: the best
 * score. Nothing relevant: REFUSED "no relevant context" (quality 0). Thread-safe: immutable apart from the
 * lazily resolved embedder, which is published safely.
 */
public final class AnswerTool implements Tool {

    private static final double FOLLOWER_RATIO = 0.6;

    private record Candidate(String text, String shardId, Set<String> terms) {
    }

    private record Scored(Candidate candidate, double score) {
    }

    private final AnswerConfig config;
    private final MemoryStore memory;
    private final Supplier<Optional<Embedder>> embedder;

    /**
     * @param embedder resolves the embedder service lazily; empty when the assembly has none (lexical scoring)
     */
    public AnswerTool(AnswerConfig config, MemoryStore memory, Supplier<Optional<Embedder>> embedder) {
        this.config = requireNonNull(config, "config is null");
        this.memory = requireNonNull(memory, "memory is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
    }

    /** No side effects; the output depends only on the query and the memory store (part of the cache key). */
    @Override
    public boolean cacheable() {
        return true;
    }

    @Override
    public String description() {
        return "Answers a question with the most relevant sentences from stored documents and notes.";
    }

    @Override
    public ToolResult run(ToolCall call) {
        requireNonNull(call, "call is null");
        if (interrupted()) {
            return ToolResult.timeout("interrupted before answering");
        }
        String query = call.query();
        if (query.isBlank()) {
            return ToolResult.refused("query is blank");
        }
        if (query.length() > config.maxQueryChars()) {
            return ToolResult.refused("query too long (limit " + config.maxQueryChars() + " characters)");
        }
        List<ScoredShard> shards;
        if (!call.context().isEmpty()) {
            shards = call.context().subList(0, Math.min(config.shards(), call.context().size()));
        } else {
            try {
                shards = memory.search(call.queryEmbedding(), config.shards());
            } catch (IllegalArgumentException e) {
                return ToolResult.error("the query embedding does not fit the memory store");
            } catch (RuntimeException e) {
                return ToolResult.error("memory search failed");
            }
        }
        List<Candidate> candidates = candidates(shards);
        if (candidates == null) {
            return ToolResult.timeout("interrupted while reading context");
        }
        Set<String> queryTerms = LexicalScorer.terms(query);
        if (queryTerms.isEmpty()) {
            // "what is it?" has nothing to match; any sentence would be a guess
            return ToolResult.refused("no relevant context");
        }
        double[] scores = LexicalScorer.score(queryTerms, candidates.stream().map(Candidate::terms).toList());
        boolean[] relevant = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            relevant[i] = scores[i] > 0;
        }
        double[] semantic = semanticScores(call.queryEmbedding(), candidates);
        if (semantic != null) {
            double w = config.semanticWeight();
            for (int i = 0; i < scores.length; i++) {
                scores[i] = w * semantic[i] + (1 - w) * scores[i];
            }
        }
        return select(candidates, scores, relevant);
    }

    /** Sentences of the shards in shard order, at most max-candidates; null if interrupted. */
    private List<Candidate> candidates(List<ScoredShard> shards) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ScoredShard s : shards) {
            if (interrupted()) {
                return null;
            }
            int room = config.maxCandidates() - out.size();
            if (room <= 0) {
                break;
            }
            for (String sentence : Sentences.split(s.shard().text(), room)) {
                // the same sentence in two shards (a note saved twice) is one candidate
                if (seen.add(sentence.toLowerCase(Locale.ROOT))) {
                    out.add(new Candidate(sentence, s.shard().id(), LexicalScorer.terms(sentence)));
                }
            }
        }
        return out;
    }

    /** Cosines of the sentence embeddings with the query embedding in [0, 1], or null to score lexically. */
    private double[] semanticScores(float[] query, List<Candidate> candidates) {
        if (config.semanticWeight() == 0 || candidates.isEmpty() || interrupted()) {
            return null;
        }
        Optional<Embedder> e = embedder.get();
        if (e.isEmpty() || e.get().dimension() != query.length || norm(query) == 0) {
            return null;
        }
        List<float[]> vectors;
        try {
            vectors = e.get().embedAll(candidates.stream().map(Candidate::text).toList());
        } catch (RuntimeException ex) {
            // a failing model must not fail the answer; lexical scoring still works
            return null;
        }
        if (vectors.size() != candidates.size()) {
            return null;
        }
        double[] out = new double[candidates.size()];
        double qn = norm(query);
        for (int i = 0; i < out.length; i++) {
            float[] v = vectors.get(i);
            double vn = norm(v);
            if (v.length != query.length || vn == 0) {
                continue;
            }
            double dot = 0;
            for (int j = 0; j < v.length; j++) {
                dot += v[j] * query[j];
            }
            double cos = dot / (qn * vn);
            out[i] = Double.isFinite(cos) ? Math.max(0, Math.min(1, cos)) : 0;
        }
        return out;
    }

    private ToolResult select(List<Candidate> candidates, double[] scores, boolean[] relevant) {
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (relevant[i]) {
                ranked.add(new Scored(candidates.get(i), scores[i]));
            }
        }
        // stable: equal scores keep shard order, i.e. the retrieval ranking
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (ranked.isEmpty() || ranked.get(0).score() < config.minScore()) {
            return ToolResult.refused("no relevant context");
        }
        double best = ranked.get(0).score();
        double floor = Math.max(config.minScore(), FOLLOWER_RATIO * best);
        List<String> sentences = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Scored s : ranked) {
            if (sentences.size() == config.maxSentences() || s.score() < floor) {
                break;
            }
            sentences.add(s.candidate().text());
            sources.add(s.candidate().shardId());
        }
        double quality = Math.max(0, Math.min(1, best));
        return ToolResult.ok(String.join(" ", sentences), quality, List.copyOf(sources),
                Map.of("best_score", String.format(Locale.ROOT, "%.4f", best),
                        "sentences", Integer.toString(sentences.size())));
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static boolean interrupted() {
        return Thread.currentThread().isInterrupted();
    }
}
