package io.academichub.llm.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Spherical k-means over the papers' tf-idf vectors, restricted to terms shared by a few papers but not by most
 * (the ones that can tell groups apart), the best of {@link #RESTARTS} k-means++ starts. Deterministic: fixed seeds.
 */
final class ThemeClusters {

    private static final int MAX_ITERATIONS = 20;
    /** k-means starts tried; the best grouping is kept. */
    static final int RESTARTS = 16;

    /** Cluster of each paper, or -1 for a paper with no usable term. */
    final int[] assignment;
    /** Cosine of each paper to its cluster's centroid. */
    final float[] centrality;
    /** Normalised centroids, dense over the vocabulary. */
    final float[][] centroids;
    /** The normalised mean of all papers, for telling terms. */
    final float[] corpusCentroid;
    final int k;
    private final int[][] ids;
    private final float[][] vectors;

    ThemeClusters(TermVectors tv, int k) {
        int n = tv.size;
        int vocabulary = tv.vocabularySize();
        int minDf = n >= 10 ? 2 : 1;
        // at most three papers in ten; but in a handful of papers, a term two of them share is what groups them
        int maxDf = Math.max(Math.min(2, n), (int) (0.3 * n));
        ids = new int[n][];
        vectors = new float[n][];
        for (int p = 0; p < n; p++) {
            int[] src = tv.termIds[p];
            int[] keep = new int[src.length];
            float[] w = new float[src.length];
            int m = 0;
            for (int i = 0; i < src.length; i++) {
                int df = tv.df(src[i]);
                if (df >= minDf && df <= maxDf) {
                    keep[m] = src[i];
                    w[m++] = tv.weights[p][i];
                }
            }
            ids[p] = Arrays.copyOf(keep, m);
            vectors[p] = normalise(Arrays.copyOf(w, m));
        }
        corpusCentroid = new float[vocabulary];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < ids[p].length; i++) {
                corpusCentroid[ids[p][i]] += vectors[p][i];
            }
        }
        normalise(corpusCentroid);
        this.k = Math.max(1, Math.min(k, n));
        centroids = new float[this.k][];
        assignment = new int[n];
        centrality = new float[n];
        run(n, vocabulary);
    }

    /**
     * Runs k-means from {@link #RESTARTS} starts and keeps the grouping whose papers are nearest their centroids (the
     * largest sum of cosines): from one start, a handful of papers on a topic of their own (three on quantum error
     * correction among thirty on language models) often end up split among the big groups.
     */
    private void run(int n, int vocabulary) {
        double best = Double.NEGATIVE_INFINITY;
        int starts = k == 1 || k >= n ? 1 : RESTARTS; // one group, or one paper each: every start ends the same
        for (int start = 0; start < starts; start++) {
            float[][] c = new float[k][];
            int[] a = new int[n];
            float[] sim = new float[n];
            kMeans(n, vocabulary, new Random(42 + start), start == 0, c, a, sim);
            double fit = 0;
            for (float x : sim) {
                fit += x;
            }
            if (fit > best + 1e-6) {
                best = fit;
                System.arraycopy(c, 0, centroids, 0, k);
                System.arraycopy(a, 0, assignment, 0, n);
                System.arraycopy(sim, 0, centrality, 0, n);
            }
        }
    }

    /**
     * One k-means run from a k-means++ start: the first centre is the paper with the most terms ({@code
     * longestFirst}) or a random one, each next centre far from those chosen.
     */
    private void kMeans(int n, int vocabulary, Random random, boolean longestFirst, float[][] centroids,
                        int[] assignment, float[] centrality) {
        double[] nearest = new double[n];
        Arrays.fill(nearest, 1.0);
        int first = longestFirst ? 0 : random.nextInt(n);
        if (longestFirst) {
            for (int p = 1; p < n; p++) {
                if (ids[p].length > ids[first].length) {
                    first = p;
                }
            }
        }
        centroids[0] = dense(first, vocabulary);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int p = 0; p < n; p++) {
                double d = 1 - similarity(p, centroids[c - 1]);
                nearest[p] = Math.min(nearest[p], Math.max(0, d));
                total += nearest[p] * nearest[p];
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int p = 0; p < n; p++) {
                r -= nearest[p] * nearest[p];
                if (r <= 0) {
                    pick = p;
                    break;
                }
            }
            centroids[c] = dense(pick, vocabulary);
        }
        Arrays.fill(assignment, -2);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = false;
            for (int p = 0; p < n; p++) {
                int best = -1;
                float bestSim = 0f;
                for (int c = 0; c < k; c++) {
                    float s = similarity(p, centroids[c]);
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                if (best != assignment[p]) {
                    assignment[p] = best;
                    changed = true;
                }
                centrality[p] = bestSim;
            }
            if (!changed) {
                break;
            }
            for (int c = 0; c < k; c++) {
                Arrays.fill(centroids[c], 0f);
            }
            for (int p = 0; p < n; p++) {
                if (assignment[p] >= 0) {
                    float[] centroid = centroids[assignment[p]];
                    for (int i = 0; i < ids[p].length; i++) {
                        centroid[ids[p][i]] += vectors[p][i];
                    }
                }
            }
            for (float[] centroid : centroids) {
                normalise(centroid);
            }
        }
    }

    /** The members of cluster {@code c}, most central first. */
    List<Integer> members(int c) {
        List<Integer> members = new ArrayList<>();
        for (int p = 0; p < assignment.length; p++) {
            if (assignment[p] == c) {
                members.add(p);
            }
        }
        members.sort((a, b) -> Float.compare(centrality[b], centrality[a]));
        return members;
    }

    /** Whether paper {@code p} uses {@code term} among its clustering terms. */
    boolean uses(int p, int term) {
        return Arrays.binarySearch(ids[p], term) >= 0;
    }

    private float similarity(int p, float[] centroid) {
        float s = 0f;
        int[] pIds = ids[p];
        float[] v = vectors[p];
        for (int i = 0; i < pIds.length; i++) {
            s += v[i] * centroid[pIds[i]];
        }
        return s;
    }

    private float[] dense(int p, int vocabulary) {
        float[] d = new float[vocabulary];
        for (int i = 0; i < ids[p].length; i++) {
            d[ids[p][i]] = vectors[p][i];
        }
        return d;
    }

    private static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum > 0) {
            float norm = (float) Math.sqrt(sum);
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return v;
    }
}
