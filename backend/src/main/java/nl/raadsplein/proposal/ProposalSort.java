package nl.raadsplein.proposal;

/**
 * The order of a proposal list. RANDOM is the default: stable for one visitor's seed across pages, so that no
 * proposal wins attention by its position.
 */
public enum ProposalSort {
    RANDOM,
    MOST_SUPPORTED,
    NEWEST,
    MOST_COMMENTED
}
