"""Translated labels for the core's codes (roles, note kinds, setup problems)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.engine import Role
from app.protocols import Capture
from app.setup import Problem, SetupProblem


def role_label(role: Role) -> str:
    return {
        Role.FACILITATOR: QCoreApplication.translate("Labels", "Facilitator"),
        Role.NARRATOR: QCoreApplication.translate("Labels", "Narrator"),
        Role.CONSULTANT: QCoreApplication.translate("Labels", "Consultant"),
        Role.SCRIBE: QCoreApplication.translate("Labels", "Scribe"),
        Role.GUEST: QCoreApplication.translate("Labels", "Guest"),
    }[role]


def capture_label(capture: Capture) -> str:
    return {
        Capture.SITUATION: QCoreApplication.translate("Labels", "Situation"),
        Capture.REQUEST: QCoreApplication.translate("Labels", "Request"),
        Capture.QUESTION: QCoreApplication.translate("Labels", "Question"),
        Capture.HYPOTHESIS: QCoreApplication.translate("Labels", "Hypothesis"),
        Capture.PROPOSAL: QCoreApplication.translate("Labels", "Proposal"),
        Capture.ACTION: QCoreApplication.translate("Labels", "Action"),
        Capture.RESOURCE: QCoreApplication.translate("Labels", "Resource"),
        Capture.RESPONSE: QCoreApplication.translate("Labels", "Response"),
        Capture.TRAINING_NEED: QCoreApplication.translate("Labels", "Training need"),
        Capture.LEARNING: QCoreApplication.translate("Labels", "Learning"),
        Capture.NOTE: QCoreApplication.translate("Labels", "Note"),
    }[capture]


def problem_text(problem: SetupProblem) -> str:
    n = (problem.index or 0) + 1
    text = {
        Problem.EMPTY_GROUP: QCoreApplication.translate(
            "Setup", "Give the group a name or a code."
        ),
        Problem.GROUP_TOO_LONG: QCoreApplication.translate(
            "Setup", "The group's name is too long (80 characters at most)."
        ),
        Problem.NO_PARTICIPANTS: QCoreApplication.translate(
            "Setup", "Add the participants, one name per line."
        ),
        Problem.EMPTY_NAME: QCoreApplication.translate("Setup", "Line {n} has no name."),
        Problem.NAME_TOO_LONG: QCoreApplication.translate(
            "Setup", "Name {n} is too long (80 characters at most)."
        ),
        Problem.DUPLICATE_NAME: QCoreApplication.translate(
            "Setup", "“{detail}” appears twice: add an initial to tell them apart."
        ),
        Problem.NO_NARRATOR: QCoreApplication.translate(
            "Setup", "Choose the narrator of case {n}."
        ),
        Problem.NO_CONSULTANT: QCoreApplication.translate(
            "Setup", "The group needs at least one consultant besides the narrator."
        ),
        Problem.TOO_MANY_CASES: QCoreApplication.translate(
            "Setup", "This method takes at most {detail} cases."
        ),
        Problem.TOO_FEW_CASES: QCoreApplication.translate(
            "Setup", "This method needs at least {detail} case(s)."
        ),
        Problem.EMPTY_TITLE: QCoreApplication.translate("Setup", "Give case {n} a short title."),
        Problem.TITLE_TOO_LONG: QCoreApplication.translate(
            "Setup", "The title of case {n} is too long (200 characters at most)."
        ),
    }[problem.problem]
    return text.format(n=n, detail=problem.detail)
