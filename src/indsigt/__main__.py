from indsigt.cli import app

app(prog_name="indsigt")
