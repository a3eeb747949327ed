"""The declarative base shared by every table of indsigt."""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
