module gogan

go 1.26
