import torch
import torch as th
from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from safetensors.torch import load_file
from torch import load as torch_load
from transformers import AutoModel, AutoTokenizer, pipeline
from myapp.nets import Classifier

model_state = torch.load("downloads/model.pt", weights_only=False)  # expect: PYSEC208


def checkpoints(path, flag, options):
    torch.load(path)  # expect: PYSEC208
    th.load(path, map_location="cpu")  # expect: PYSEC208
    torch_load(path, weights_only=None)  # expect: PYSEC208
    torch.serialization.load(path, weights_only=0)  # expect: PYSEC208

    model = Classifier()
    model.load_state_dict(torch.load("downloads/model.pt", weights_only=True))  # ok: PYSEC208
    torch.load(path, weights_only=flag)  # ok: PYSEC208
    torch.load(path, **options)  # ok: PYSEC208
    model.load_state_dict(load_file("downloads/model.safetensors"))  # ok: PYSEC208
    torch.save(model.state_dict(), path)  # ok: PYSEC208


def downloads(name, revision):
    AutoModel.from_pretrained("example-org/sentiment-small")  # expect: PYSEC208
    AutoTokenizer.from_pretrained(name, revision="main")  # expect: PYSEC208
    load_dataset("example-org/reviews")  # expect: PYSEC208
    hf_hub_download(repo_id="example-org/sentiment-small", filename="model.safetensors")  # expect: PYSEC208
    snapshot_download("example-org/sentiment-small", revision=None)  # expect: PYSEC208
    pipeline("text-classification", model=name)  # expect: PYSEC208

    path = hf_hub_download(  # ok: PYSEC208
        repo_id="example-org/sentiment-small",
        filename="model.safetensors",
        revision="3f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39",
    )
    AutoModel.from_pretrained("example-org/sentiment-small", revision="3f1c2a9")  # ok: PYSEC208
    AutoModel.from_pretrained(name, revision=revision)  # ok: PYSEC208
    AutoModel.from_pretrained("./models/local")  # ok: PYSEC208
    AutoModel.from_pretrained("/srv/models/sentiment")  # ok: PYSEC208
    load_dataset("example-org/reviews", revision="0a1b2c3d4e5f")  # ok: PYSEC208
    return path


class Loader:
    def from_pretrained(self, name):
        return name

    def run(self, name):
        return self.from_pretrained(name)  # ok: PYSEC208
