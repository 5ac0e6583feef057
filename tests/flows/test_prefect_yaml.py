"""prefect.yaml describes the same deployment `newsledger serve` creates, and Prefect accepts it."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml

from flows.serve import DEPLOYMENT_NAME

ROOT = Path(__file__).resolve().parents[2]


def test_prefect_yaml_deploys_the_flow_with_its_parameters():
    from prefect.cli.deploy._models import PrefectYamlModel

    from flows.pipeline import newsledger_run

    config = PrefectYamlModel.model_validate(yaml.safe_load((ROOT / "prefect.yaml").read_text()))
    (deployment,) = config.deployments
    path, name = deployment.entrypoint.split(":")
    assert (ROOT / path).exists() and name == newsledger_run.fn.__name__
    assert deployment.name == DEPLOYMENT_NAME and deployment.schedules
    assert set(deployment.parameters) <= set(inspect.signature(newsledger_run.fn).parameters)
