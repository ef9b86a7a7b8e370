"""The ORM model. Importing this package registers every table on ``Base.metadata``."""

from fwgdesk.db.base import Base
from fwgdesk.db.models.audit import AppMeta, AuditEntry, ImportBatch
from fwgdesk.db.models.catalogue import (
    Recommendation,
    RecommendationAddressee,
    RecommendationArticle,
    RecommendationTheme,
    SourceDocument,
    Theme,
)
from fwgdesk.db.models.people import FocalPoint
from fwgdesk.db.models.review import AssistanceRequest, Review, ReviewReviewer, StageEvent
from fwgdesk.db.models.state import LinkDismissal, RecommendationLink, State

__all__ = [
    "AppMeta",
    "AssistanceRequest",
    "AuditEntry",
    "Base",
    "FocalPoint",
    "ImportBatch",
    "LinkDismissal",
    "Recommendation",
    "RecommendationAddressee",
    "RecommendationArticle",
    "RecommendationLink",
    "RecommendationTheme",
    "Review",
    "ReviewReviewer",
    "SourceDocument",
    "StageEvent",
    "State",
    "Theme",
]
