from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModel, AutoTokenizer


def model_latest():
    return AutoModel.from_pretrained("org/model")  # bandit: B615  # expect: PYSEC208


def model_branch():
    return AutoModel.from_pretrained("org/model", revision="main")  # bandit: B615  # expect: PYSEC208


def model_pinned():
    return AutoModel.from_pretrained("org/model", revision="5d0f2e8a9c1b7f3e4d6a8b0c2e4f6a8b0c2d4e6f")


def model_local():
    return AutoTokenizer.from_pretrained("./checkpoints/tokenizer")


def model_configured(settings):
    return AutoModel.from_pretrained("org/model", revision=settings.MODEL_REVISION)


def data_latest():
    return load_dataset("org/data")  # bandit: B615  # expect: PYSEC208


def data_pinned():
    return load_dataset("org/data", revision="a1b2c3d")


def file_latest():
    return hf_hub_download("org/model", "config.json")  # bandit: B615  # expect: PYSEC208


def snapshot_tag():
    return snapshot_download("org/model", revision="v1.0")  # bandit: B615  # expect: PYSEC208
