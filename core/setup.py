"""Packaging that pyproject.toml cannot say statically.

``resources/`` sits at the top of the repository (the design card fixes it there) but
must travel inside the wheel, where ``melayani_core.resources`` finds it as
``melayani_core/resources``: the folder is mapped to the package
``melayani_core.resources`` and all of its files (sample directory, lexicon, need
concepts, translations) go with it.  pip builds a local folder in place, so ``../`` is
reachable.
"""

from setuptools import find_namespace_packages, setup

PACKAGE_FILES = ["*.csv", "*.tsv", "*.txt", "*.md", "*.json", "*.qm", "*.ini", "*.mako", "*.sql"]

setup(
    packages=[
        *find_namespace_packages(include=["melayani_core*"]),
        "melayani_core.resources",
    ],
    package_dir={"melayani_core.resources": "../resources"},
    package_data={
        "melayani_core.resources": ["**/*"],
        "": PACKAGE_FILES,
    },
    exclude_package_data={"melayani_core.resources": ["**/__pycache__/*", "**/*.pyc"]},
)
