import torch
from torch import load as torch_load


def restore(path):
    return torch.load(path)  # bandit: B614  # expect: PYSEC208


def restore_on_cpu(path):
    return torch.load(path, map_location="cpu")  # bandit: B614  # expect: PYSEC208


def restore_unsafe(path):
    return torch.load(path, weights_only=False)  # bandit: B614  # expect: PYSEC208


def restore_weights(path):
    return torch.load(path, weights_only=True)


def restore_serialization(path):
    return torch.serialization.load(path)  # bandit: B614  # expect: PYSEC208


def from_imported(path):
    return torch_load(path)  # bandit: B614  # expect: PYSEC208


def save(model, path):
    torch.save(model.state_dict(), path)
