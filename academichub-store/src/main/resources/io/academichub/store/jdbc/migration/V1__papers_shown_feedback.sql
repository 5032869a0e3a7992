-- Schema 1 of the AcademicHub paper store. Plain SQL that H2 2.x and PostgreSQL 12+ both run.

-- The latest content of every paper a profile was shown, so that feedback given later by id finds it.
CREATE TABLE ah_paper (
    id      VARCHAR(1000)    NOT NULL PRIMARY KEY, -- PaperId.toString(): 'arxiv:2606.20005', 'doi:10.1101/...'
    version INTEGER          NOT NULL,             -- Paper.version(): the newest stored wins
    json    VARCHAR(1000000) NOT NULL              -- the Paper JSON of io.academichub.json.PaperJson
);

-- The paper's other ids (Paper.sameAs()), to find it by any of them.
CREATE TABLE ah_paper_alias (
    alias    VARCHAR(1000) NOT NULL,
    paper_id VARCHAR(1000) NOT NULL REFERENCES ah_paper (id),
    PRIMARY KEY (alias, paper_id)
);

-- Which version of which paper each profile was last shown.
CREATE TABLE ah_shown (
    profile  VARCHAR(1000) NOT NULL,
    paper_id VARCHAR(1000) NOT NULL REFERENCES ah_paper (id),
    version  INTEGER       NOT NULL,
    PRIMARY KEY (profile, paper_id)
);

-- A reader's verdicts: one per profile and paper (a later one replaces the earlier), listed in the order given.
-- paper_id is no reference: a reader may judge a paper the store has never been shown.
CREATE SEQUENCE ah_feedback_order;
CREATE TABLE ah_feedback (
    profile     VARCHAR(1000)            NOT NULL,
    paper_id    VARCHAR(1000)            NOT NULL,
    verdict     VARCHAR(16)              NOT NULL,
    given_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    given_order BIGINT                   NOT NULL,
    PRIMARY KEY (profile, paper_id)
);
