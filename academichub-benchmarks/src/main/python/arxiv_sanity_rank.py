#!/usr/bin/env python3
"""arxiv-sanity-lite's ranking, for comparison with the radar on the same papers.

The method of karpathy/arxiv-sanity-lite: compute.py builds tf-idf features of "title | authors abstract"
(word unigrams and bigrams, English stop words, sublinear tf, l2 norm), and serve.py ranks every paper by the
decision function of a linear SVM (LinearSVC, C=0.01, balanced classes) trained with the tagged papers (here: the
seeds) as positives and every other paper as negatives. compute.py uses max_df=0.1, min_df=5 and 20,000 features
over a large corpus; over one day of ~1,500 papers min_df=5 would drop most telling words, so min_df is 2 here.

Usage: arxiv_sanity_rank.py PAPERS.jsonl SEED_ID[,SEED_ID...] [TOP]
Prints the TOP (default 10) ids, best first, one per line (seeds excluded); the time on stderr.
"""
import json
import sys
import time

import numpy as np
from sklearn import svm
from sklearn.feature_extraction.text import TfidfVectorizer


def main():
    papers_file, seeds_arg = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    seeds = set(seeds_arg.split(","))
    papers = [json.loads(line) for line in open(papers_file, encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    corpus = [p["title"] + " | " + " ".join(a["name"] for a in p["authors"]) + " " + p["abstract"] for p in papers]
    vectorizer = TfidfVectorizer(input="content", encoding="utf-8", decode_error="replace", strip_accents="unicode",
                                 lowercase=True, analyzer="word", stop_words="english",
                                 token_pattern=r"(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b", ngram_range=(1, 2),
                                 max_features=20000, norm="l2", use_idf=True, smooth_idf=True, sublinear_tf=True,
                                 max_df=0.1, min_df=2)
    x = vectorizer.fit_transform(corpus)
    ids = [p["id"] for p in papers]
    y = np.array([1 if i in seeds else 0 for i in ids])
    if y.sum() == 0:
        sys.exit("none of the seeds is among the papers")
    clf = svm.LinearSVC(class_weight="balanced", verbose=False, max_iter=10000, tol=1e-6, C=0.01)
    clf.fit(x, y)
    scores = clf.decision_function(x)
    order = np.argsort(-scores)
    ranked = [ids[i] for i in order if ids[i] not in seeds][:top]
    elapsed = time.perf_counter() - started
    print(f"arxiv-sanity-lite tf-idf+SVM: {len(papers)} papers, {len(seeds)} seeds, {elapsed * 1000:.0f} ms",
          file=sys.stderr)
    for i in ranked:
        print(i)


if __name__ == "__main__":
    main()
