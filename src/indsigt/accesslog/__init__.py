"""accesslog"""
