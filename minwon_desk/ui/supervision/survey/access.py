"""What the survey page's parts share: the backend, who acts, the chosen year."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from minwon_desk.domain.errors import StateError
from minwon_desk.services.dto import Actor
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.supervision.survey import SurveyService

T = TypeVar("T")


class SurveyAccess:
    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        year: Callable[[], int],
    ) -> None:
        self.backend = backend
        self.actor = actor
        self.year = year

    def survey(self) -> SurveyService:
        return self.backend.survey

    def write(self, action: Callable[[SurveyService, Actor], T]) -> T:
        """Run a write as this desk's operator; refused in Korean when nobody is chosen."""
        survey = self.survey()
        actor = self.actor()
        if actor is None:
            raise StateError(
                translate("SurveyPage", "로그인한 뒤에 할 수 있습니다.")
            )
        return action(survey, actor)
