"""Packaging that pyproject.toml cannot say statically.

``resources/`` sits at the top of the repository (the design card fixes it there) but
must travel inside the wheel, where ``melayani_desk.paths`` finds it as
``melayani_desk/resources``: it is mapped to the package ``melayani_desk.resources``
and all of its files (sample directory, lexicon, translations) go with it.
"""

from setuptools import find_namespace_packages, setup

PACKAGE_FILES = ["*.csv", "*.tsv", "*.txt", "*.md", "*.json", "*.qm", "*.ini", "*.mako"]

setup(
    packages=[
        *find_namespace_packages(include=["melayani_desk*", "melayani_hub*"]),
        "melayani_desk.resources",
    ],
    package_dir={"melayani_desk.resources": "resources"},
    package_data={
        "melayani_desk.resources": ["**/*"],
        "": PACKAGE_FILES,
    },
    exclude_package_data={"melayani_desk.resources": ["**/__pycache__/*", "**/*.pyc"]},
)
