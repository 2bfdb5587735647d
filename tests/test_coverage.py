import numpy as np

from benchlens.analysis.coverage import coverage_from_presence


def test_pairwise_coverage_by_hand():
    p = np.array([[1, 1, 0, 0], [1, 0, 1, 1], [0, 0, 0, 0]], dtype=bool)
    cov = coverage_from_presence(p)
    assert cov.shared.tolist() == [[2, 1, 0], [1, 3, 0], [0, 0, 0]]
    assert cov.jaccard[0, 1] == np.float32(1 / 4)
    assert cov.jaccard[2, 2] == 0.0
    assert cov.dropped()[0, 1] == 1  # model 0 reports 2, shares 1 with model 1
    assert cov.added()[0, 1] == 2
