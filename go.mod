module github.com/httpplayground/playground

go 1.26
