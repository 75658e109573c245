"""What a command does, as one library call: the commands under
``scan/commands`` parse their arguments, call one function here, and print
its outcome. Each workflow validates everything it is given before it
touches the workspace."""
