"""Assessment rows keep their structured parts (risks, measures, plan, reviews, sign-offs)."""

from __future__ import annotations

from pathlib import Path

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview, SignOff
from govkit.domain.models import Assessment
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

PASSPHRASE = "correct horse battery staple"


def test_an_assessment_row_survives_save_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "v.govkit"
    ws, _key = Workspace.create(path, person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF)
    risk = Risk(
        id="r1",
        title="Illegitimate access to data",
        cnil_ref="3.2",
        impacts=("Identity theft", "Stigmatisation"),
        threats=("Stolen laptop",),
        measures=("m1",),
        severity_before=3,
        likelihood_before=2,
        severity_after=2,
        likelihood_after=1,
    )
    row = Assessment(
        kind=AssessmentKind.DPIA,
        title="CCTV in the town square",
        status=AssessmentStatus.UNDER_REVIEW,
        risks=[risk],
        measures=[Measure(id="m1", title="Encryption", planned=True)],
        action_plan=[ActionItem(id="a1", measure="Encrypt laptops", due="2027-01-31")],
        reviews=[SectionReview(section="context", verdict="improvable", comment="More detail")],
        signoffs=[SignOff(decision="approved", name="Ada", role="DPO", content_hash="ab" * 32)],
    )
    with ws.ctx.transaction() as s:
        s.add(row)
    ws.save()
    ws.close()
    ws = Workspace.open(path, PASSPHRASE)
    try:
        with ws.ctx.transaction() as s:
            loaded = s.get(Assessment, row.id)
            assert loaded is not None
            assert loaded.risks == [risk]
            assert loaded.risks[0].impacts == ("Identity theft", "Stigmatisation")
            assert loaded.measures[0].planned is True
            assert loaded.action_plan[0].status == "planned"
            assert loaded.reviews[0].verdict == "improvable"
            assert loaded.signoffs[0].content_hash == "ab" * 32
            assert loaded.status is AssessmentStatus.UNDER_REVIEW
    finally:
        ws.close()
